@NullMarked
package org.goldseam.bench.ui;

import org.jspecify.annotations.NullMarked;
