@NullMarked
package org.goldseam.app.search.ui;

import org.jspecify.annotations.NullMarked;
