@NullMarked
package org.goldseam.hashing;

import org.jspecify.annotations.NullMarked;
