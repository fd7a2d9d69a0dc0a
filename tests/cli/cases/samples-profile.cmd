# The sample framework with the Republic of Concordia's state profile: rules of
# instruments it is not party to (ICCPR-OP2, CPED, CMW, ILO P29, AP III) or has only
# signed (Rome Statute, except customary-law rules) are not-applicable, the CRC
# article 7 reservation turns the birth-registration conflict into "reserved", and
# the declared ILO C138 minimum age of 14 meets the Labour Code's exception.
args: check samples/statutes --profile samples/profiles/concordia.xml --no-color
exit: 1
