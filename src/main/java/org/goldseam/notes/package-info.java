@NullMarked
package org.goldseam.notes;

import org.jspecify.annotations.NullMarked;
