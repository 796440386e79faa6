@NullMarked
package org.goldseam.vault;

import org.jspecify.annotations.NullMarked;
