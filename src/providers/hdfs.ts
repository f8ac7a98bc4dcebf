import type { Provider } from './provider.js';

/**
 * HDFS as a destination: the Java client (`org.apache.hadoop.hdfs.DFSClient`, errors from the
 * NameNode as `org.apache.hadoop.ipc.RemoteException(<class>): <message>`), WebHDFS
 * (`http://<namenode>:9870/webhdfs/v1/<path>?op=…`, errors as `{"RemoteException":{"exception":
 * "AccessControlException","javaClassName":"org.apache.hadoop.security.AccessControlException",
 * "message":"Permission denied: …"}}`; IllegalArgumentException 400, SecurityException 401,
 * AccessControlException / IOException 403, FileNotFoundException 404) and the clients over it
 * (fluent-plugin-webhdfs `WebHDFS::IOError`, Python `hdfs.util.HdfsError`, pyarrow, hdfs-native).
 * Meanings, by the NameNode's own wording:
 * - "Permission denied: user=x, access=WRITE, inode=\"/p\":owner:group:drwxr-xr-x"
 *   (AccessControlException from FSPermissionChecker): the sync's user lacks the POSIX or ACL
 *   permission on the path: permissions.
 * - "SIMPLE authentication is not enabled.  Available:[TOKEN, KERBEROS]", "Client cannot
 *   authenticate via:[TOKEN, KERBEROS]", "token (HDFS_DELEGATION_TOKEN token n for u) is expired"
 *   / "can't be found in cache", WebHDFS's SecurityException "Failed to obtain user group
 *   information": no valid Kerberos login or delegation token: auth.
 * - DSQuotaExceededException "The DiskSpace quota of /p is exceeded: quota = … but diskspace
 *   consumed = …", NSQuotaExceededException "The NameSpace quota (directories and files) of
 *   directory /p is exceeded": the directory's quota set by the cluster's administrators: plan.
 * - SafeModeException "Cannot create file/p. Name node is in safe mode." (starting up, or turned
 *   on by hand, or low on resources): the NameNode refuses writes until it leaves: outage.
 * - StandbyException "Operation category READ is not supported in state standby" (an HA pair's
 *   standby answered, during or after a failover; WebHDFS returns it with 403): transient.
 * - "could only be written to 0 of the 1 minReplication nodes. There are 3 datanode(s) running
 *   and 3 node(s) are excluded in this operation." (older: "could only be replicated to 0 nodes
 *   instead of minReplication"): no DataNode takes the block (down, full or unreachable): outage.
 * - FileNotFoundException "File does not exist: /p", FileAlreadyExistsException: validation.
 * Sources: apache/hadoop hadoop-hdfs-project/hadoop-hdfs/src/site/markdown/WebHDFS.md (Error
 * Responses, RemoteException JSON Schema); issues sequenceiq/docker-spark #30, harbby/sylph
 * #149, apache/arrow #1805 (Permission denied); spotify/snakebite #205, apache/seatunnel #6543
 * (SIMPLE authentication); apache/kyuubi #133, apache/spark #9168, kzk/webhdfs #41 (delegation
 * tokens); treeverse/dvc #4230, astrolabsoftware/fink-broker #635, big-data-europe/docker-hadoop
 * #73 (safe mode); fluent/fluent-plugin-webhdfs #84, saurfang/rwebhdfs #9, mattshma/bigdata #46
 * (standby); big-data-europe/docker-hadoop #38, #86, #158 (minReplication); public notes quoting
 * DSQuotaExceededException / NSQuotaExceededException from DirectoryWithQuotaFeature.
 */
const H = ['hdfs'];

export const provider: Provider = {
  name: 'hdfs',
  display: 'HDFS',
  aliases: ['webhdfs', 'hadoop', 'hadoopfs'],
  hints: [
    'webhdfs',
    'out_webhdfs',
    'hdfs://[\\w.@:-]+',
    'org\\.apache\\.hadoop\\.(?:hdfs|ipc|security|fs)(?:\\.[\\w$]+)*',
    'hdfs\\.util\\.HdfsError',
    'HdfsError',
    'hdfs_native(?:::\\w+)*',
    'HadoopFileSystem',
    'DFSClient',
    'DFSOutputStream',
    'DistributedFileSystem',
  ],
  bodyKeys: ['RemoteException', 'javaClassName'],
  links: {
    auth: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-common/SecureMode.html',
    permissions: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/HdfsPermissionsGuide.html',
    plan: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/HdfsQuotaAdminGuide.html',
    validation: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/WebHDFS.html',
    outage: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/HdfsUserGuide.html',
    transient: 'https://hadoop.apache.org/docs/stable/hadoop-project-dist/hadoop-hdfs/HDFSHighAvailabilityWithQJM.html',
  },
  rules: [
    // Before the permission rule: these arrive as AccessControlException too.
    {
      id: 'hdfs/not-authenticated',
      category: 'auth',
      cause: 'Kerberos / delegation token',
      message: /\bSIMPLE authentication is not enabled\b|\bClient cannot authenticate via:\s?\[|\bServer asks us to fall back to SIMPLE auth\b|\bHDFS_DELEGATION_TOKEN\b[^\n]{0,400}?(?:\bis expired\b|can't be found in cache)|\bFailed to obtain user group information\b/,
      summary: 'HDFS rejected the client’s login (no Kerberos ticket, or an expired or unknown delegation token)',
      fix: 'Log the sync in with its keytab (kinit / principal and keytab settings) or renew the delegation token, and point it at a cluster that uses the same authentication; pause the sync until then.',
    },
    {
      id: 'hdfs/permission-denied',
      category: 'permissions',
      cause: 'AccessControlException',
      message: /\bPermission denied: user=[^,\s]{1,100}, access=[A-Z_]{2,20}\b|\borg\.apache\.hadoop\.security\.AccessControlException\b|"exception"\s*:\s*"AccessControlException"/,
      summary: 'HDFS denied the sync’s user on the path (POSIX permissions or ACL)',
      fix: 'Grant the user the access the message names on the inode it names (hdfs dfs -chmod / -chown / -setfacl), or run the sync as the path’s owner (HADOOP_USER_NAME on a cluster without Kerberos); keep syncing other paths.',
    },
    {
      id: 'hdfs/quota-exceeded',
      category: 'plan',
      cause: 'directory quota exceeded',
      message: /\b(?:DSQuotaExceededException|NSQuotaExceededException|QuotaByStorageTypeExceededException)\b|\bThe (?:DiskSpace|NameSpace) quota (?:\(directories and files\) )?of (?:directory )?\S{1,300} is exceeded\b/,
      summary: 'HDFS directory over its space or file-count quota',
      fix: 'Free space or files under the directory, or ask the cluster’s administrators to raise its quota (hdfs dfsadmin -setSpaceQuota / -setQuota); writes there fail until then.',
    },
    {
      id: 'hdfs/safe-mode',
      category: 'outage',
      cause: 'NameNode in safe mode',
      message: /\bSafeModeException\b|\bName node is in safe mode\b/,
      summary: 'HDFS NameNode is in safe mode and refuses writes',
      fix: 'Wait for the NameNode to leave safe mode after a restart; if it stays (turned on by hand, low resources, missing blocks) the cluster’s administrators must fix it and run hdfs dfsadmin -safemode leave.',
    },
    {
      id: 'hdfs/standby',
      category: 'transient',
      cause: 'StandbyException',
      message: /\bStandbyException\b|\bOperation category (?:READ|WRITE|UNCHECKED|JOURNAL) is not supported in state (?:standby|observer)\b/,
      summary: 'HDFS request reached the standby NameNode of an HA pair',
      fix: 'Retried against the other NameNode; if it lasts, configure the HA nameservice (both NameNodes, or the failover proxy) instead of one NameNode host.',
    },
    {
      id: 'hdfs/no-datanode',
      category: 'outage',
      cause: 'no DataNode for the block',
      message: /\bcould only be (?:written to 0 of the \d+ minReplication nodes|replicated to 0 nodes instead of minReplication)\b/,
      summary: 'HDFS found no DataNode to write the block to (down, full, or unreachable from the client)',
      fix: 'Check the DataNodes (running, disk space) and that the sync host can reach their data ports; writes resume when one takes the block.',
    },
    {
      id: 'hdfs/path-invalid',
      category: 'validation',
      cause: 'path not found or exists',
      message: /\bFile does not exist: \/|\bFileAlreadyExistsException\b|\bParentNotDirectoryException\b/,
      destination: H,
      summary: 'HDFS refused the path (it does not exist, already exists, or its parent is a file)',
      fix: 'Fix the path the sync writes or reads (create the parent directory, choose overwrite or a new name); retrying the same call fails again.',
    },
  ],
};
