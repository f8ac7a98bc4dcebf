import type { RuleCase } from '../rule-tester.js';

/**
 * HDFS NameNode refusals as the Java client, WebHDFS (RemoteException JSON) and its clients
 * print them. Sources: apache/hadoop WebHDFS.md (Error Responses); sequenceiq/docker-spark #30;
 * harbby/sylph #149; apache/seatunnel #6543; spotify/snakebite #205; apache/kyuubi #133;
 * kzk/webhdfs #41; treeverse/dvc #4230; big-data-europe/docker-hadoop #73, #158;
 * fluent/fluent-plugin-webhdfs #84; saurfang/rwebhdfs #9; big-data-europe/docker-hdfs-filebrowser
 * #9; public notes quoting DSQuotaExceededException / NSQuotaExceededException.
 */
const j = (o: unknown): string => JSON.stringify(o);

export const hdfsCases: RuleCase[] = [
  {
    line: 'Exception in thread "main" org.apache.hadoop.security.AccessControlException: Permission denied: user=root, access=WRITE, inode="/user":hdfs:supergroup:drwxr-xr-x',
    category: 'permissions',
    destination: 'hdfs',
    rule: 'hdfs/permission-denied',
    note: 'sequenceiq/docker-spark #30: FSPermissionChecker refusal',
  },
  {
    line: 'Caused by: org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.security.AccessControlException): Permission denied: user=etl, access=WRITE, inode="/data":hdfs:supergroup:drwxr-xr-x',
    category: 'permissions',
    destination: 'hdfs',
    rule: 'hdfs/permission-denied',
    note: 'harbby/sylph #149: the RemoteException wrapper of the same refusal',
  },
  {
    line: j({ level: 'error', url: 'http://namenode:9870/webhdfs/v1/landing/orders/part-0001.parquet?op=CREATE&user.name=dr.who', status: 403, body: { RemoteException: { exception: 'AccessControlException', javaClassName: 'org.apache.hadoop.security.AccessControlException', message: 'Permission denied: user=dr.who, access=WRITE, inode="/landing/orders":etl:supergroup:drwxr-xr-x' } } }),
    category: 'permissions',
    destination: 'hdfs',
    rule: 'hdfs/permission-denied',
    note: 'WebHDFS.md Access Control Exception body (403) with the NameNode’s message',
  },
  {
    line: 'Caused by: org.apache.hadoop.security.AccessControlException: SIMPLE authentication is not enabled.  Available:[TOKEN, KERBEROS]',
    category: 'auth',
    destination: 'hdfs',
    rule: 'hdfs/not-authenticated',
    note: 'apache/seatunnel #6543: a client without Kerberos against a secure cluster',
  },
  {
    line: "WARN ipc.Client: Exception encountered while connecting to the server : org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.security.token.SecretManager$InvalidToken): token (HDFS_DELEGATION_TOKEN token 12041923 for etl) can't be found in cache",
    category: 'auth',
    destination: 'hdfs',
    rule: 'hdfs/not-authenticated',
    note: 'apache/kyuubi #133: an expired delegation token purged by the NameNode',
  },
  {
    line: '2021-08-19 13:31:41 +0900 [warn]: #1 [webhdfs_hadoop] failed to flush the buffer. retry_time=0 next_retry_seconds=2021-08-19 13:31:42 +0900 chunk="5c9e1cc8f4da71f71f98206c880079d6" error_class=WebHDFS::IOError error="{\\"RemoteException\\":{\\"exception\\":\\"SecurityException\\",\\"javaClassName\\":\\"java.lang.SecurityException\\",\\"message\\":\\"Failed to obtain user group information: org.apache.hadoop.security.token.SecretManager$InvalidToken: token (token for etl: HDFS_DELEGATION_TOKEN owner=etl, renewer=etl, realUser=, issueDate=1628742694813, maxDate=1629347494813, sequenceNumber=-2097289115, masterKeyId=1386) is expired\\"}}"',
    category: 'auth',
    destination: 'hdfs',
    rule: 'hdfs/not-authenticated',
    note: 'kzk/webhdfs #41: WebHDFS SecurityException (401) for an expired delegation token, from fluentd',
  },
  {
    line: 'org.apache.hadoop.hdfs.protocol.DSQuotaExceededException: The DiskSpace quota of /user/etl is exceeded: quota = 1073741824 B = 1 GB but diskspace consumed = 1207959552 B = 1.13 GB',
    category: 'plan',
    destination: 'hdfs',
    rule: 'hdfs/quota-exceeded',
    note: 'DirectoryWithQuotaFeature.verifyStoragespaceQuota, as public notes quote it',
  },
  {
    line: 'mkdir: The NameSpace quota (directories and files) of directory /landing is exceeded: quota=163840 file count=163841',
    category: 'plan',
    destination: 'hdfs',
    rule: 'hdfs/quota-exceeded',
    note: 'NSQuotaExceededException as the hdfs CLI prints it (no class name, no host)',
  },
  {
    line: 'org.apache.hadoop.ipc.RemoteException(org.apache.hadoop.hdfs.server.namenode.SafeModeException): Cannot create file/user/etl/a2784b9a. Name node is in safe mode. The reported blocks 0 needs additional 48 blocks to reach the threshold 0.9990 of total blocks 48.',
    category: 'outage',
    destination: 'hdfs',
    rule: 'hdfs/safe-mode',
    note: 'treeverse/dvc #4230: NameNode still in startup safe mode',
  },
  {
    line: '2021-09-02 13:06:57 +0000 [warn]: #11 [out_hdfs] webhdfs check request failed. (namenode: nn1.example.com:50070, error: {"RemoteException":{"exception":"StandbyException","javaClassName":"org.apache.hadoop.ipc.StandbyException","message":"Operation category READ is not supported in state standby. Visit https://s.apache.org/sbnn-error"}})',
    category: 'transient',
    destination: 'hdfs',
    rule: 'hdfs/standby',
    note: 'fluent/fluent-plugin-webhdfs #84: the standby NameNode answered after a failover',
  },
  {
    line: 'Exception in thread "main" org.apache.hadoop.ipc.RemoteException(java.io.IOException): File /user/etl/export/orders.csv could only be written to 0 of the 1 minReplication nodes. There are 3 datanode(s) running and 3 node(s) are excluded in this operation.',
    category: 'outage',
    destination: 'hdfs',
    rule: 'hdfs/no-datanode',
    note: 'big-data-europe/docker-hdfs-filebrowser #9: no DataNode reachable for the block',
  },
  {
    line: j({ level: 'error', url: 'http://namenode:9870/webhdfs/v1/foo/a.patch?op=OPEN', status: 404, body: { RemoteException: { exception: 'FileNotFoundException', javaClassName: 'java.io.FileNotFoundException', message: 'File does not exist: /foo/a.patch' } } }),
    category: 'validation',
    destination: 'hdfs',
    rule: 'hdfs/path-invalid',
    note: 'WebHDFS.md File Not Found Exception body (404)',
  },
];
