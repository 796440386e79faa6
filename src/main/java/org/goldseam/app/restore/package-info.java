@NullMarked
package org.goldseam.app.restore;

import org.jspecify.annotations.NullMarked;
