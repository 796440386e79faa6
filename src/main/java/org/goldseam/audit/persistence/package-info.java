@NullMarked
package org.goldseam.audit.persistence;

import org.jspecify.annotations.NullMarked;
