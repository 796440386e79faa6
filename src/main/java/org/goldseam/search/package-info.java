@NullMarked
package org.goldseam.search;

import org.jspecify.annotations.NullMarked;
