@NullMarked
package org.goldseam.search.query;

import org.jspecify.annotations.NullMarked;
