# concord merge of a shard file that does not exist: the error names the file, exit 2.
args: merge {tmp}/no-such-shard.json
exit: 2
