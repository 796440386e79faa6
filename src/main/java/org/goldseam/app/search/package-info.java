@NullMarked
package org.goldseam.app.search;

import org.jspecify.annotations.NullMarked;
