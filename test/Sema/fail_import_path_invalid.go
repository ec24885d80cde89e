// errorcheck

// Import paths are validated before packages are looked up.

package p

import ""     // ERROR "invalid import path \(empty string\)"
import "a b"  // ERROR "invalid import path \(invalid character U\+0020 ' '\)"
import `a\b`  // ERROR "invalid import path \(invalid character U\+005C .\\.\)"
import "\x00" // ERROR "invalid import path \(invalid character U\+0000\)"
import "/abs" // ERROR "could not import /abs \(import path cannot be absolute path\)"
