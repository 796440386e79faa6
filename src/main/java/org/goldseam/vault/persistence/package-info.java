@NullMarked
package org.goldseam.vault.persistence;

import org.jspecify.annotations.NullMarked;
