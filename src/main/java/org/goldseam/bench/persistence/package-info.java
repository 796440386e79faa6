@NullMarked
package org.goldseam.bench.persistence;

import org.jspecify.annotations.NullMarked;
