@NullMarked
package org.goldseam.bench;

import org.jspecify.annotations.NullMarked;
