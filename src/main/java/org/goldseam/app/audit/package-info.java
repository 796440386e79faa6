@NullMarked
package org.goldseam.app.audit;

import org.jspecify.annotations.NullMarked;
