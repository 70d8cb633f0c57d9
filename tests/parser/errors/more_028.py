from os import (path
