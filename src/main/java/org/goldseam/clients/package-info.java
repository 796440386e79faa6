@NullMarked
package org.goldseam.clients;

import org.jspecify.annotations.NullMarked;
