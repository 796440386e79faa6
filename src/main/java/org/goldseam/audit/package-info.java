@NullMarked
package org.goldseam.audit;

import org.jspecify.annotations.NullMarked;
