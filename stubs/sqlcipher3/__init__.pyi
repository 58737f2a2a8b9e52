# sqlcipher3 re-exports its dbapi2 module (see dbapi2.pyi).
from sqlcipher3.dbapi2 import *
