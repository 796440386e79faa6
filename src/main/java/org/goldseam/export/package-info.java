@NullMarked
package org.goldseam.export;

import org.jspecify.annotations.NullMarked;
