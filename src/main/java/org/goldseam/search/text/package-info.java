@NullMarked
package org.goldseam.search.text;

import org.jspecify.annotations.NullMarked;
