@NullMarked
package org.goldseam.backup.persistence;

import org.jspecify.annotations.NullMarked;
