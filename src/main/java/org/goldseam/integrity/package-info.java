@NullMarked
package org.goldseam.integrity;

import org.jspecify.annotations.NullMarked;
