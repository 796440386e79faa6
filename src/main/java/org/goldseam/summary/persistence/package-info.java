@NullMarked
package org.goldseam.summary.persistence;

import org.jspecify.annotations.NullMarked;
