/** The one rule that names a trend (rising, falling, steady, too few sessions) and what it means for a category. */
@NullMarked
package org.goldseam.framework.trend;

import org.jspecify.annotations.NullMarked;
