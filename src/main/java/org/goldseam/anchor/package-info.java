@NullMarked
package org.goldseam.anchor;

import org.jspecify.annotations.NullMarked;
