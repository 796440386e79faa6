@NullMarked
package org.goldseam.app.errors;

import org.jspecify.annotations.NullMarked;
