@NullMarked
package org.goldseam.framework;

import org.jspecify.annotations.NullMarked;
