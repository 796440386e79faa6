@NullMarked
package org.goldseam.app.summary.ui;

import org.jspecify.annotations.NullMarked;
