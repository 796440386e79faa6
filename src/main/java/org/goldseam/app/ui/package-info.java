@NullMarked
package org.goldseam.app.ui;

import org.jspecify.annotations.NullMarked;
