@NullMarked
package org.goldseam.app;

import org.jspecify.annotations.NullMarked;
