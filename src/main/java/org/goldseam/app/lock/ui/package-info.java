@NullMarked
package org.goldseam.app.lock.ui;

import org.jspecify.annotations.NullMarked;
