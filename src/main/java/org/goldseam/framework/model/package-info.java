@NullMarked
package org.goldseam.framework.model;

import org.jspecify.annotations.NullMarked;
