import os, 
