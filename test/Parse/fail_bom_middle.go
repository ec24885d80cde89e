// errorcheck

// A BOM is only allowed at the start of a file.

package p

var x = 1
﻿var y = 2 // ERROR "invalid BOM in the middle of the file"
