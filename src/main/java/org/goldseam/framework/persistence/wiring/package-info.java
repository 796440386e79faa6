@NullMarked
package org.goldseam.framework.persistence.wiring;

import org.jspecify.annotations.NullMarked;
