@NullMarked
package org.goldseam.framework.persistence;

import org.jspecify.annotations.NullMarked;
