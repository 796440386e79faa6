@NullMarked
package org.goldseam.demo;

import org.jspecify.annotations.NullMarked;
