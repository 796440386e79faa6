@NullMarked
package org.goldseam.summary.render;

import org.jspecify.annotations.NullMarked;
