@NullMarked
package org.goldseam.backup;

import org.jspecify.annotations.NullMarked;
