@NullMarked
package org.goldseam.summary;

import org.jspecify.annotations.NullMarked;
