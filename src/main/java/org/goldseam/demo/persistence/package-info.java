@NullMarked
package org.goldseam.demo.persistence;

import org.jspecify.annotations.NullMarked;
