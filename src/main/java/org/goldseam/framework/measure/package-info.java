@NullMarked
package org.goldseam.framework.measure;

import org.jspecify.annotations.NullMarked;
