// os.Args parsing of flags and positional arguments into a small config.
// args: -v --name=gopher -n 3 pos1 -- -notflag pos2
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

type config struct {
	verbose bool
	name    string
	n       int
	rest    []string
}

func parse(args []string) (config, error) {
	var c config
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			c.rest = append(c.rest, args[i+1:]...)
			return c, nil
		case a == "-v":
			c.verbose = true
		case strings.HasPrefix(a, "--name="):
			c.name = a[len("--name="):]
		case a == "-n":
			if i+1 >= len(args) {
				return c, fmt.Errorf("-n needs a value")
			}
			i++
			v, err := strconv.Atoi(args[i])
			if err != nil {
				return c, err
			}
			c.n = v
		case strings.HasPrefix(a, "-"):
			return c, fmt.Errorf("unknown flag %q", a)
		default:
			c.rest = append(c.rest, a)
		}
	}
	return c, nil
}

func main() {
	fmt.Println(len(os.Args))
	c, err := parse(os.Args[1:])
	fmt.Printf("%+v %v\n", c, err)
	for i := 0; i < c.n; i++ {
		fmt.Println(strings.Repeat("*", i+1), c.name)
	}
	_, err = parse([]string{"-x"})
	fmt.Println(err)
	_, err = parse([]string{"-n"})
	fmt.Println(err)
	_, err = parse([]string{"-n", "abc"})
	fmt.Println(err)
	os.Args = append(os.Args, "extra")
	fmt.Println(os.Args[len(os.Args)-1], len(os.Args))
}
