@NullMarked
package org.goldseam.app.lock;

import org.jspecify.annotations.NullMarked;
