@NullMarked
package org.goldseam.integrity.persistence;

import org.jspecify.annotations.NullMarked;
