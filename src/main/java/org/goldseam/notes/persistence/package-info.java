@NullMarked
package org.goldseam.notes.persistence;

import org.jspecify.annotations.NullMarked;
