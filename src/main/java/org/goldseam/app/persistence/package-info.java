@NullMarked
package org.goldseam.app.persistence;

import org.jspecify.annotations.NullMarked;
