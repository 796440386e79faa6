@NullMarked
package org.goldseam.search.persistence;

import org.jspecify.annotations.NullMarked;
